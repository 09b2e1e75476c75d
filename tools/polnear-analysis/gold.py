import pickle,sys,re
res=pickle.load(open(sys.argv[1],'rb'))
needle=sys.argv[2]
for r in res:
    t=r['text']; i=t.find(needle)
    if i<0: continue
    s=t.rfind('\n',0,i)+1; e=t.find('\n',i); e=len(t) if e<0 else e
    print('#',r['doc'],t[s:e][:400])
    for g in r['gold']:
        ga=min(a for a,b in g['Content'])
        if s<=ga<e:
            sh=lambda sp:' | '.join(t[a:b] for a,b in sp)
            print('  G[%s] %s :: %s  (%s)'%(sh(g['Source']),sh(g['Cue']),sh(g['Content'])[:200],g['cat']))
    for p in r['pred']:
        if s<=p['Content']['Span']['Start']<e:
            print('  P[%s] %s :: %s'%(p['Source']['Mention']['Text'] if p['Source'] else None,p['Cue']['Text'] if p['Cue'] else None,p['Content']['Text'][:200]))

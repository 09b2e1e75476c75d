import pickle,sys,collections,random
res=pickle.load(open(sys.argv[1],'rb'))
cat=sys.argv[2] if len(sys.argv)>2 else 'FN'
cues=collections.Counter(); ex=collections.defaultdict(list)
for r in res:
    t=r['text']
    for g in r['gold']:
        if g['cat']!=cat: continue
        cue=' '.join(t[a:b] for a,b in g['Cue']).lower() or '<none>'
        cues[cue]+=1; ex[cue].append((r['doc'],g,t))
for c,n in cues.most_common(int(sys.argv[3]) if len(sys.argv)>3 else 60): print(n,c)

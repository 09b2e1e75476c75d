import pickle,sys,collections,random
res=pickle.load(open(sys.argv[1],'rb'))
cat=sys.argv[2]; N=int(sys.argv[3])
items=[]
for r in res:
    t=r['text']
    for g in r['gold']:
        if g['cat']!=cat: continue
        items.append((r,g))
random.seed(int(sys.argv[4]) if len(sys.argv)>4 else 2)
for r,g in random.sample(items,min(N,len(items))):
    t=r['text']
    ga=min([a for a,b in g['Content']]+[a for a,b in g['Source']]+[a for a,b in g['Cue']]); gb=max([b for a,b in g['Content']]+[b for a,b in g['Source']]+[b for a,b in g['Cue']])
    ps=[p for p in r['pred'] if p['Content']['Span']['End']>ga-50 and p['Content']['Span']['Start']<gb+50]
    lo=ga-40; hi=gb+40
    marks=[(a,'{S:') for a,b in g['Source']]+[(b,':S}') for a,b in g['Source']]+[(a,'{Q:') for a,b in g['Cue']]+[(b,':Q}') for a,b in g['Cue']]+[(a,'<g') for a,b in g['Content']]+[(b,'g>') for a,b in g['Content']]
    seg=t[max(0,lo):hi]
    for pos,m in sorted(marks,reverse=True):
        k=pos-max(0,lo)
        if 0<=k<=len(seg): seg=seg[:k]+m+seg[k:]
    print('*',seg.replace('\n','/'))
    for p in ps:
        s=p['Source']['Mention']['Text'] if p['Source'] else None
        print('   P[%s] %s :: %s'%(s,p['Cue']['Text'] if p['Cue'] else None,p['Content']['Text'][:150].replace('\n','/')))
    print()

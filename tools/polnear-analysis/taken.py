import pickle,sys,collections,random
from context import show
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
    show(r,g)

import pickle,sys
a=pickle.load(open(sys.argv[1],'rb')); b=pickle.load(open(sys.argv[2],'rb'))
def rels(r): return set((p['Source']['Mention']['Text'] if p['Source'] else None,p['Cue']['Text'] if p['Cue'] else None,p['Content']['Text']) for p in r['pred'])
n=0
for ra,rb in zip(a,b):
    A=rels(ra);B=rels(rb)
    if A!=B:
        ca=[g['cat'] for g in ra['gold']]; cb=[g['cat'] for g in rb['gold']]
        import collections
        d=collections.Counter(cb); d.subtract(collections.Counter(ca)); d={k:v for k,v in d.items() if v}
        print('#',ra['doc'],d)
        for x in sorted(A-B,key=str): print('  -',x[0],'|',x[1],'|',x[2][:150].replace('\n','/'))
        for x in sorted(B-A,key=str): print('  +',x[0],'|',x[1],'|',x[2][:150].replace('\n','/'))
        n+=1
print(n,'docs changed')

import pickle,sys,collections
res=pickle.load(open(sys.argv[1],'rb'))
cat=sys.argv[2]; n=int(sys.argv[3]) if len(sys.argv)>3 else 40
kinds=collections.Counter(); ex=collections.defaultdict(list)
for r in res:
    t=r['text']
    for g in r['gold']:
        if g['cat']!=cat: continue
        p=r['pred'][g['match']]; s=p['Source']['Mention']['Span'] if p['Source'] else None
        gs=' | '.join(t[a:b] for a,b in g['Source'])
        ps=t[s['Start']:s['End']] if s else ''
        if cat=='boundary':
            ga,gb=g['Source'][0][0],g['Source'][-1][1]
            k=('Lshort' if s['Start']>ga else 'Llong' if s['Start']<ga else 'L=')+('Rshort' if s['End']<gb else 'Rlong' if s['End']>gb else 'R=')
            if len(g['Source'])>1: k+='-multi'
        else: k=cat
        kinds[k]+=1; ex[k].append((gs,ps,' '.join(t[a:b] for a,b in g['Cue']),r['doc']))
print(kinds)
import random; random.seed(1)
for k in kinds:
    print('==',k)
    for e in random.sample(ex[k],min(n,len(ex[k]))): print('  G[%s] P[%s] cue[%s]'%e[:3])

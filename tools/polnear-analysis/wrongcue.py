import pickle,sys,collections,random
from context import show
# usage: wrongcue.py PKL [GROUP N [SEED]]: splits the 'wrong' relations by whether the matched prediction's cue is the
# gold cue (samecue), overlaps it (overlapcue), is another cue while some prediction holds the gold cue
# (diffcue-goldcuefound) or none does (diffcue-goldcuemissing); with GROUP, N samples in context (M marks the match).
res=pickle.load(open(sys.argv[1],'rb'))
mode=sys.argv[2] if len(sys.argv)>2 else 'count'
N=int(sys.argv[3]) if len(sys.argv)>3 else 40
def ov(g,s,e): return sum(max(0,min(b,e)-max(a,s)) for a,b in g)
cnt=collections.Counter(); items=collections.defaultdict(list)
for r in res:
    P=r['pred']
    for g in r['gold']:
        if g['cat']!='wrong': continue
        p=P[g['match']]
        c=p['Cue']
        if not g['Cue']: k='nogoldcue'
        elif c is None: k='nopredcue'
        else:
            cs,ce=c['Span']['Start'],c['Span']['End']
            if len(g['Cue'])==1 and g['Cue'][0]==(cs,ce): k='samecue'
            elif ov(g['Cue'],cs,ce)>0: k='overlapcue'
            else:
                # does any other pred have the gold cue?
                other=[q for q in P if q['Cue'] and 'Span' in q['Cue'] and ov(g['Cue'],q['Cue']['Span']['Start'],q['Cue']['Span']['End'])>0]
                k='diffcue-goldcuefound' if other else 'diffcue-goldcuemissing'
        cnt[k]+=1; items[k].append((r,g))
print(cnt)
if mode!='count':
    random.seed(int(sys.argv[4]) if len(sys.argv)>4 else 3)
    for r,g in random.sample(items[mode],min(N,len(items[mode]))):
        show(r,g,match=r['pred'][g['match']],with_doc=True)

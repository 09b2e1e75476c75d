# usage: cueplace.py PKL [GROUP N]: gold relations (FN / FN-taken) whose gold cue overlaps a predicted cue while the
# contents do not overlap, grouped as where-the-gold-content-lies/where-ours-lies relative to the cue
# (before/after/around); with GROUP, N samples of it marked {S:source:S} {Q:cue:Q} <gcontentg> with our prediction.
import pickle,sys,collections,random
res=pickle.load(open(sys.argv[1],'rb'))
show=sys.argv[2] if len(sys.argv)>2 else None
N=int(sys.argv[3]) if len(sys.argv)>3 else 10
def ov(a,b,c,d): return a<d and c<b
groups=collections.defaultdict(list)
for r in res:
    t=r['text']
    for g in r['gold']:
        if g['cat'] not in ('FN','FN-taken'): continue
        for p in r['pred']:
            if not p['Cue']: continue
            pc=p['Cue']['Span']; 
            if not any(ov(a,b,pc['Start'],pc['End']) for a,b in g['Cue']): continue
            pco=p['Content']['Span']
            cs=min(a for a,b in g['Cue']); ce=max(b for a,b in g['Cue'])
            gs=min(a for a,b in g['Content']); ge=max(b for a,b in g['Content'])
            if ge<=cs: where='before'
            elif gs>=ce: where='after'
            else: where='around'
            pw='pbefore' if pco['End']<=cs else ('pafter' if pco['Start']>=ce else 'paround')
            groups[where+'/'+pw].append((r,g,p))
            break
for k,v in sorted(groups.items(),key=lambda x:-len(x[1])): print(k,len(v))
if show:
    items=groups[show]; random.seed(3)
    for r,g,p in random.sample(items,min(N,len(items))):
        t=r['text']
        ga=min([a for a,b in g['Content']]+[a for a,b in g['Cue']]); gb=max([b for a,b in g['Content']]+[b for a,b in g['Cue']])
        marks=[(a,'{S:') for a,b in g['Source']]+[(b,':S}') for a,b in g['Source']]+[(a,'{Q:') for a,b in g['Cue']]+[(b,':Q}') for a,b in g['Cue']]+[(a,'<g') for a,b in g['Content']]+[(b,'g>') for a,b in g['Content']]
        lo=max(0,ga-60); hi=gb+60; seg=t[lo:hi]
        for pos,m in sorted(marks,reverse=True):
            k=pos-lo
            if 0<=k<=len(seg): seg=seg[:k]+m+seg[k:]
        print('*',g['cat'],seg.replace('\n','/'))
        s=p['Source']['Mention']['Text'] if p['Source'] else None
        print('   P[%s] %s :: %s'%(s,p['Cue']['Text'],p['Content']['Text'][:200].replace('\n','/')))

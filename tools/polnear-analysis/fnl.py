import pickle,sys,collections,random,re
res=pickle.load(open(sys.argv[1],'rb'))
import os
L=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','..','src','AttributionKit','Resources','Lexicons')+os.sep
def load(f): return set(l.strip().lower() for l in open(L+f) if l.strip() and not l.startswith('#'))
rv=load('reporting-verbs.txt')|load('nominal-cues.txt')|load('stance-verbs.txt')
items=[]
for r in res:
    t=r['text']
    for g in r['gold']:
        if g['cat']!='FN': continue
        cue=' '.join(t[a:b] for a,b in g['Cue']).lower().strip()
        ws=re.findall(r"[a-z'-]+",cue)
        if ws and any(w in rv for w in ws): items.append((r,g))
random.seed(int(sys.argv[2]))
for r,g in random.sample(items,int(sys.argv[3])):
    t=r['text']
    ga=min(a for sp in (g['Content'],g['Source'],g['Cue']) for a,b in sp); gb=max(b for sp in (g['Content'],g['Source'],g['Cue']) for a,b in sp)
    marks=[(a,'{S:') for a,b in g['Source']]+[(b,':S}') for a,b in g['Source']]+[(a,'{Q:') for a,b in g['Cue']]+[(b,':Q}') for a,b in g['Cue']]+[(a,'<g') for a,b in g['Content']]+[(b,'g>') for a,b in g['Content']]
    lo=max(0,ga-60); seg=t[lo:gb+30]
    for pos,m in sorted(marks,reverse=True):
        k=pos-lo
        if 0<=k<=len(seg): seg=seg[:k]+m+seg[k:]
    print('*',seg.replace('\n','/')[:600])
    for p in r['pred']:
        if p['Content']['Span']['End']>ga-80 and p['Content']['Span']['Start']<gb+80 or (p['Cue'] and abs(p['Cue']['Span']['Start']-ga)<100):
            print('    P[%s] %s :: %s'%(p['Source']['Mention']['Text'] if p['Source'] else None,p['Cue']['Text'] if p['Cue'] else None,p['Content']['Text'][:100].replace('\n','/')))

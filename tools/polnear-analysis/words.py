import pickle,sys,collections,re
res=pickle.load(open(sys.argv[1],'rb'))
import os
L=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','..','src','AttributionKit','Resources','Lexicons')+os.sep
def load(f): return set(l.strip().lower() for l in open(L+f) if l.strip() and not l.startswith('#'))
lex=load('reporting-verbs.txt')|load('stance-verbs.txt')
missed=collections.Counter(); neither=collections.Counter(); both=collections.Counter(); fp=collections.Counter()
for r in res:
    t=r['text']; gc=[(a,b) for g in r['gold'] for a,b in g['Cue']]
    pc=[(p['Cue']['Span']['Start'],p['Cue']['Span']['End']) for p in r['pred'] if p['Cue']]
    for m in re.finditer(r"[A-Za-z][a-z'-]*",t):
        w=m.group().lower(); s,e=m.span()
        g=any(a<e and s<b for a,b in gc); p=any(a<e and s<b for a,b in pc)
        if g and not p: missed[w]+=1
        elif not g and not p: neither[w]+=1
        elif g and p: both[w]+=1
        else: fp[w]+=1
rows=[]
for w,n in missed.items():
    rate=n/(n+neither[w])
    if n>=6 and rate>=float(sys.argv[2]): rows.append((n,w,rate,neither[w],both[w],fp[w],w in lex))
for r in sorted(rows,reverse=True)[:int(sys.argv[3])]: print('%4d %-16s rate %.2f neither %4d both %4d fp %4d lex %s'%r)

import json,sys,os,re,glob,pickle,collections
# usage: score.py DUMP SPLIT OUT.pkl
dump,split,out=sys.argv[1],sys.argv[2],sys.argv[3]
DATA=os.environ.get('POLNEAR_DATA') or os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','..','..','shared','datasets')
root=os.path.join(DATA,'polnear',split)
def spans_of(s): return [tuple(map(int,p.strip().split())) for p in s.split(';')]
def gold(doc,text):
    anns=sorted(glob.glob(f'{root}/attributions/{doc}_*.ann'))
    lines=open(anns[0],encoding='utf-8').read().split('\n')
    T={}
    for l in lines:
        m=re.match(r'^(T\d+)\t(\S+) ([\d ;]+)\t?',l)
        if m: T[m.group(1)]=spans_of(m.group(3))
    rel=[]
    for l in lines:
        if not l.startswith('E'): continue
        p=l.split('\t')
        if len(p)<2: continue
        r={'Content':[],'Source':[],'Cue':[]}
        for role in p[1].split():
            kv=role.split(':')
            if len(kv)==2 and kv[1] in T and kv[0] in r: r[kv[0]]=T[kv[1]]
        if r['Content']:
            c=''.join(text[a:b] for a,b in r['Content'])
            r['direct']=any(ch in c for ch in '"“”‘’\'«»') or "''" in c
            rel.append(r)
    return rel
def ov(g,s,e): return sum(max(0,min(b,e)-max(a,s)) for a,b in g)
res=[]
for line in open(dump,encoding='utf-8'):
    suite,doc,js=line.rstrip('\n').split('\t',2)
    if not os.path.exists(f'{root}/text/{doc}.txt'): continue
    d=json.loads(js); text=open(f'{root}/text/{doc}.txt',encoding='utf-8').read()
    G=gold(doc,text); P=d['Attributions']; taken=[False]*len(P)
    for g in G:
        best=-1;bo=0
        for i,p in enumerate(P):
            o=0 if taken[i] else ov(g['Content'],p['Content']['Span']['Start'],p['Content']['Span']['End'])
            if o>bo: best,bo=i,o
        g['match']=best
        if best>=0: taken[best]=True
        # category
        if best<0:
            anyov=any(ov(g['Content'],p['Content']['Span']['Start'],p['Content']['Span']['End'])>0 for p in P)
            g['cat']='FN-taken' if anyov else 'FN'
        else:
            p=P[best]
            if not g['Source']:
                g['cat']='nosrc-gold' if p['Source'] is None else 'extra-src'
            elif p['Source'] is None: g['cat']='missing-src'
            else:
                s=p['Source']['Mention']['Span']
                if len(g['Source'])==1 and g['Source'][0]==(s['Start'],s['End']): g['cat']='ok'
                elif ov(g['Source'],s['Start'],s['End'])>0: g['cat']='boundary'
                else: g['cat']='wrong'
    res.append(dict(doc=doc,text=text,gold=G,pred=P,taken=taken,quotes=d['Quotes']))
pickle.dump(res,open(out,'wb'))
c=collections.Counter(g['cat'] for r in res for g in r['gold'])
fp=sum(1 for r in res for t in r['taken'] if not t)
print(dict(c),'FP',fp)

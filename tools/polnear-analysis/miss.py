import pickle,sys,collections,re
res=pickle.load(open(sys.argv[1],'rb'))
words=set(sys.argv[2].split(',')); mode=sys.argv[3] if len(sys.argv)>3 else 'missed'
for r in res:
    t=r['text']; gc=[(a,b) for g in r['gold'] for a,b in g['Cue']]
    pc=[(p['Cue']['Span']['Start'],p['Cue']['Span']['End']) for p in r['pred'] if p['Cue']]
    for m in re.finditer(r"[A-Za-z][a-z'-]*",t):
        w=m.group().lower(); s,e=m.span()
        if w not in words: continue
        g=any(a<e and s<b for a,b in gc); p=any(a<e and s<b for a,b in pc)
        if (mode=='missed' and g and not p) or (mode=='neither' and not g and not p) or (mode=='fp' and p and not g):
            print('*',t[max(0,s-150):e+100].replace('\n','/'))

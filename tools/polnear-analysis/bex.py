import pickle,sys,collections,re
res=pickle.load(open(sys.argv[1],'rb'))
kind,fw=sys.argv[2],sys.argv[3]
for r in res:
    t=r['text']
    for g in r['gold']:
        if g['cat']!='boundary' or len(g['Source'])>1: continue
        p=r['pred'][g['match']]; s=p['Source']['Mention']['Span']; ga,gb=g['Source'][0]; pa,pb=s['Start'],s['End']
        if kind=='Llong' and pb==gb and pa<ga: d=t[pa:ga]
        elif kind=='Rshort' and ga==pa and pb<gb: d=t[pb:gb]
        elif kind=='Lshort' and pb==gb and pa>ga: d=t[ga:pa]
        elif kind=='Rlong' and ga==pa and pb>gb: d=t[gb:pb]
        else: continue
        m=re.match(r"\W*(\w+)",d)
        if m and m.group(1).lower()==fw:
            lo=min(ga,pa); print('  G[%s] P[%s] cue[%s] ::: %s'%(t[ga:gb],t[pa:pb],' '.join(t[a:b] for a,b in g['Cue']),t[max(0,lo-60):lo].replace('\n','/')))

import pickle,sys,collections,re
res=pickle.load(open(sys.argv[1],'rb'))
c=collections.Counter(); ex=collections.defaultdict(list)
for r in res:
    t=r['text']
    for g in r['gold']:
        if g['cat']!='boundary' or len(g['Source'])>1: continue
        p=r['pred'][g['match']]; s=p['Source']['Mention']['Span']; ga,gb=g['Source'][0]; pa,pb=s['Start'],s['End']
        if ga==pa and pb<gb: k='Rshort'; d=t[pb:gb]
        elif ga==pa and pb>gb: k='Rlong'; d=t[gb:pb]
        elif pb==gb and pa>ga: k='Lshort'; d=t[ga:pa]
        elif pb==gb and pa<ga: k='Llong'; d=t[pa:ga]
        else: continue
        m=re.match(r"\W*(\w+)",d); fw=m.group(1).lower() if m else d
        lead=re.match(r"^\W*",d).group()
        key=(k,lead.strip()+' '+fw if lead.strip() else fw)
        c[key]+=1; ex[key].append(d)
for k,n in c.most_common(int(sys.argv[2])): print(n,k,'  e.g.',' || '.join(ex[k][:3])[:200])

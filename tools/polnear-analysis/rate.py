import pickle,sys,collections,re
res=pickle.load(open(sys.argv[1],'rb'))
phr=sys.argv[2:]
for p in phr:
    occ=0; cue=0; poss=0; posscue=0
    for r in res:
        t=r['text']; cs=[(a,b) for g in r['gold'] for a,b in g['Cue']]
        for m in re.finditer(r'\b'+re.escape(p)+r'\b',t,re.I):
            occ+=1; hit=any(a<m.end() and m.start()<b for a,b in cs)
            cue+=hit
            before=t[max(0,m.start()-12):m.start()]
            if re.search(r"(his|her|their|its|'s|’s) $",before): poss+=1; posscue+=hit
    print(f'{p:25s} occ {occ:4d} cue {cue:4d}  possessed {poss:4d} cue {posscue:4d}')

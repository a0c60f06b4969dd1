import sys, collections
incl=collections.Counter(); selfc=collections.Counter(); total=0
for line in open(sys.argv[1]):
    line=line.rstrip()
    if not line: continue
    stack,n=line.rsplit(' ',1); n=int(n); total+=n
    frames=stack.split(';')
    seen=set()
    for f in frames:
        key=f.split(' (')[0]+' ('+f.split(' (')[1].split(':')[0].split('/')[-1]+')' if ' (' in f else f
        if key not in seen: incl[key]+=n; seen.add(key)
    f=frames[-1]; key=f.split(' (')[0]+' ('+f.split(' (')[1].split(':')[0].split('/')[-1]+')' if ' (' in f else f
    selfc[key]+=n
print("total",total)
print("== inclusive"); [print(f"{100*v/total:5.1f}% {k}") for k,v in incl.most_common(int(sys.argv[2]) if len(sys.argv)>2 else 60)]
print("== self"); [print(f"{100*v/total:5.1f}% {k}") for k,v in selfc.most_common(40)]

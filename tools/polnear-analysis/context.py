# Shared by taken.py and wrongcue.py: one gold relation in its text ({S:source:S} {Q:cue:Q} <gcontentg>) and the
# predictions near it.


def show(r, g, match=None, with_doc=False):
    """Prints gold relation g of result r in context with the predictions whose content lies near it. With match (a
    prediction), each prediction line is marked M for that prediction; with with_doc, the document name leads."""
    t = r['text']
    ga = min([a for a, b in g['Content']] + [a for a, b in g['Source']] + [a for a, b in g['Cue']])
    gb = max([b for a, b in g['Content']] + [b for a, b in g['Source']] + [b for a, b in g['Cue']])
    ps = [p for p in r['pred'] if p['Content']['Span']['End'] > ga - 50 and p['Content']['Span']['Start'] < gb + 50]
    lo = ga - 40
    hi = gb + 40
    marks = ([(a, '{S:') for a, b in g['Source']] + [(b, ':S}') for a, b in g['Source']]
             + [(a, '{Q:') for a, b in g['Cue']] + [(b, ':Q}') for a, b in g['Cue']]
             + [(a, '<g') for a, b in g['Content']] + [(b, 'g>') for a, b in g['Content']])
    seg = t[max(0, lo):hi]
    for pos, m in sorted(marks, reverse=True):
        k = pos - max(0, lo)
        if 0 <= k <= len(seg):
            seg = seg[:k] + m + seg[k:]
    if with_doc:
        print('*', r['doc'], seg.replace('\n', '/'))
    else:
        print('*', seg.replace('\n', '/'))
    for p in ps:
        s = p['Source']['Mention']['Text'] if p['Source'] else None
        mark = '' if match is None else ('M' if p is match else ' ')
        print('   %sP[%s] %s :: %s' % (mark, s, p['Cue']['Text'] if p['Cue'] else None, p['Content']['Text'][:150].replace('\n', '/')))
    print()

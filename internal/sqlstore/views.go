package sqlstore

import (
	"sync"

	"github.com/hadath/hadath"
)

// viewCache keeps the merged views of recently written incidents, as
// committed, so that grouping the next batch need not decode them again.
// An entry is used only at the revision the database holds, so a view
// changed by another process is read afresh.
//
// The cache is bounded by the bytes of the views' JSON form, which is
// what an incident costs to hold in proportion: a count of views would
// let a store of large incidents take gigabytes. It keeps two
// generations: new views go to the current one; when it is full it
// becomes the old one and the older views are dropped, and a view read
// from the old generation moves back to the current one. What is used
// stays, whatever came first.
type viewCache struct {
	mu       sync.Mutex
	max      int // bound on the bytes of the views held; DefaultViewBytes when 0
	cur, old map[string]cachedView
	curBytes int // bytes of the views in cur
}

// cachedView is one incident's view at one revision.
type cachedView struct {
	rev  int64
	inc  *hadath.Incident
	size int // bytes of its JSON form
}

// DefaultViewBytes bounds the incident views a store keeps between
// batches: the sum of the sizes of their JSON forms.
const DefaultViewBytes = 32 << 20

// limit returns the bound of one generation.
func (c *viewCache) limit() int {
	if c.max <= 0 {
		return DefaultViewBytes / 2
	}
	return c.max / 2
}

// get returns a copy of the view of incident id at revision rev and its
// size, or nil.
func (c *viewCache) get(id string, rev int64) (*hadath.Incident, int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.cur[id]
	if !ok {
		v, ok = c.old[id]
		delete(c.old, id)
		if ok && v.rev == rev {
			c.put(id, v)
		}
	}
	if !ok || v.rev != rev {
		return nil, 0
	}
	return cloneIncident(v.inc), v.size
}

// publish stores the views a committed transaction wrote or read.
func (c *viewCache) publish(states map[string]*incidentState) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for id, is := range states {
		if is.rev > 0 {
			c.put(id, cachedView{is.rev, cloneIncident(is.inc), is.size})
		}
	}
}

// put adds a view to the current generation, starting a new one when it
// is full. A view larger than a generation is not kept. c.mu is held.
func (c *viewCache) put(id string, v cachedView) {
	lim := c.limit()
	if v.size > lim {
		delete(c.cur, id)
		delete(c.old, id)
		return
	}
	if was, ok := c.cur[id]; ok {
		c.curBytes -= was.size
	} else if c.curBytes+v.size > lim || c.cur == nil {
		c.old, c.cur, c.curBytes = c.cur, make(map[string]cachedView), 0
	}
	delete(c.old, id)
	c.cur[id] = v
	c.curBytes += v.size
}

// bytes returns the bytes of the views held, for tests.
func (c *viewCache) bytes() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for _, g := range []map[string]cachedView{c.cur, c.old} {
		for _, v := range g {
			n += v.size
		}
	}
	return n
}

// cloneIncident copies what Incident.Add changes in place, so that a
// transaction that is rolled back leaves cached views as they were.
// Places and actors are replaced, never changed, and are shared.
func cloneIncident(inc *hadath.Incident) *hadath.Incident {
	c := *inc
	c.Sources = append([]string(nil), inc.Sources...)
	c.ClaimedBy = append([]*hadath.Actor(nil), inc.ClaimedBy...)
	for _, r := range []**hadath.CountRange{&c.Killed, &c.Injured} {
		if *r != nil {
			cr := **r
			cr.Values = append([]hadath.CountValue(nil), cr.Values...)
			*r = &cr
		}
	}
	c.Events, c.Joins = nil, nil
	return &c
}

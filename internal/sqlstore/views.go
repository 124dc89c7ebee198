package sqlstore

import (
	"sync"

	"github.com/hadath/hadath"
)

// viewCache keeps the merged views of recently written incidents, as
// committed, so that grouping the next batch need not decode them again.
// An entry is used only at the revision the database holds, so a view
// changed by another process is read afresh.
type viewCache struct {
	mu    sync.Mutex
	views map[string]cachedView
}

// cachedView is one incident's view at one revision.
type cachedView struct {
	rev int64
	inc *hadath.Incident
}

// maxViews bounds the cache; it is emptied when full.
const maxViews = 50000

// get returns a copy of the view of incident id at revision rev, or nil.
func (c *viewCache) get(id string, rev int64) *hadath.Incident {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.views[id]
	if !ok || v.rev != rev {
		return nil
	}
	return cloneIncident(v.inc)
}

// publish stores the views a committed transaction wrote.
func (c *viewCache) publish(states map[string]*incidentState) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.views == nil || len(c.views)+len(states) > maxViews {
		c.views = make(map[string]cachedView, len(states))
	}
	for id, is := range states {
		if is.rev > 0 {
			c.views[id] = cachedView{is.rev, cloneIncident(is.inc)}
		}
	}
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

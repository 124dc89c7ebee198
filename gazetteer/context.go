package gazetteer

// docContext is what the whole document says about where it is.
type docContext struct {
	countries []countryCount
	most      int
	admin1    []admin1Count
}

type countryCount struct {
	iso string
	n   int
}

type admin1Count struct {
	country, name string
	n             int
}

// country returns how often the document names country iso.
func (c *docContext) country(iso string) int {
	for _, cc := range c.countries {
		if cc.iso == iso {
			return cc.n
		}
	}
	return 0
}

// addCountry counts n mentions of country iso.
func (c *docContext) addCountry(iso string, n int) {
	for i := range c.countries {
		if c.countries[i].iso == iso {
			c.countries[i].n += n
			c.most = max(c.most, c.countries[i].n)
			return
		}
	}
	c.countries = append(c.countries, countryCount{iso, n})
	c.most = max(c.most, n)
}

// addAdmin1 counts a place in admin1 name of country.
func (c *docContext) addAdmin1(country, name string, n int) {
	for i := range c.admin1 {
		if c.admin1[i].country == country && c.admin1[i].name == name {
			c.admin1[i].n += n
			return
		}
	}
	c.admin1 = append(c.admin1, admin1Count{country, name, n})
}

// admin1 returns how many places of the document lie in admin1 name of
// country.
func (c *docContext) admin1Of(country, name string) int {
	for _, a := range c.admin1 {
		if a.country == country && a.name == name {
			return a.n
		}
	}
	return 0
}

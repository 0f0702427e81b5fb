package attribution

// resolveEntities groups the speakers of d's quotes into entities and sets
// each quote's Entity.
func resolveEntities(text string, d *Document) {
	// STUB: each distinct speaker text is an entity.
	idx := map[string]int{}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Speaker == nil {
			continue
		}
		name := q.Speaker.Text
		k, ok := idx[name]
		if !ok {
			k = len(d.Entities)
			idx[name] = k
			d.Entities = append(d.Entities, Entity{Name: name})
		}
		d.Entities[k].Mentions = append(d.Entities[k].Mentions, *q.Speaker)
		q.Entity = name
	}
}

package words

// M0 is a message with no parameters.
type M0 struct{ Key string }

// In returns the message in w's language.
func (m *M0) In(w *Words) string {
	t, _ := w.text(m.Key)
	return t
}

// M1 is a message with one named parameter of type A.
type M1[A Arg] struct {
	Key   string
	Names [1]string
}

// In returns the message in w's language, filled with a.
func (m *M1[A]) In(w *Words, a A) string { return w.msg(m.Key, m.Names[:], a) }

// M2 is a message with two named parameters.
type M2[A, B Arg] struct {
	Key   string
	Names [2]string
}

// In returns the message in w's language, filled.
func (m *M2[A, B]) In(w *Words, a A, b B) string { return w.msg(m.Key, m.Names[:], a, b) }

// M3 is a message with three named parameters.
type M3[A, B, C Arg] struct {
	Key   string
	Names [3]string
}

// In returns the message in w's language, filled.
func (m *M3[A, B, C]) In(w *Words, a A, b B, c C) string { return w.msg(m.Key, m.Names[:], a, b, c) }

// M4 is a message with four named parameters.
type M4[A, B, C, D Arg] struct {
	Key   string
	Names [4]string
}

// In returns the message in w's language, filled.
func (m *M4[A, B, C, D]) In(w *Words, a A, b B, c C, d D) string {
	return w.msg(m.Key, m.Names[:], a, b, c, d)
}

// M5 is a message with five named parameters.
type M5[A, B, C, D, E Arg] struct {
	Key   string
	Names [5]string
}

// In returns the message in w's language, filled.
func (m *M5[A, B, C, D, E]) In(w *Words, a A, b B, c C, d D, e E) string {
	return w.msg(m.Key, m.Names[:], a, b, c, d, e)
}

// msg fills the template of key with the named arguments.
func (w *Words) msg(key string, names []string, args ...Arg) string {
	t, ok := w.text(key)
	if !ok {
		return t
	}
	return w.fill(t, names, args)
}

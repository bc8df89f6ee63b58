package rules

// shareOfOffice: the margin against a share of every vote cast for the
// office, write-ins and minor candidates included.
func shareOfOffice(l Line, c contest) Limit {
	return shareLimit(ShareOfOffice, l.Share, c.Total, l.Strict)
}

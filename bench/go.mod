module github.com/quotekit/attribution/bench

go 1.26.8

replace github.com/quotekit/attribution => ../

require (
	github.com/clipperhouse/uax29/v2 v2.7.0
	github.com/jdkato/prose/v3 v3.2.3
	github.com/neurosnap/sentences v1.1.2
	github.com/quotekit/attribution v0.0.0-00010101000000-000000000000
)

require (
	golang.org/x/text v0.44.0 // indirect
	gopkg.in/neurosnap/sentences.v1 v1.0.6 // indirect
)

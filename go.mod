module github.com/recount-explainer/recount

go 1.26.8

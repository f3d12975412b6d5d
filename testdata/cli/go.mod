module cli

go 1.26

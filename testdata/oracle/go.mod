module ex

go 1.26

module example.com/aaa

go 1.26

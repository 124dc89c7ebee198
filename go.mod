module github.com/hadath/hadath

go 1.26.8

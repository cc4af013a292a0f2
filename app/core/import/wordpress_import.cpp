// in progress (issue 4)

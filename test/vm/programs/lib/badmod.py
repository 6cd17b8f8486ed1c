def helper():
    return {}['missing']
x = helper()

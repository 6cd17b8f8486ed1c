def work():
    try:
        return 1 / 0
    finally:
        print("cleanup")
        raise RuntimeError("cleanup failed")
work()

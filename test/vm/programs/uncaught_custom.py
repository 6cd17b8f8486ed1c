class AppError(Exception):
    pass
class Sub(AppError):
    def __str__(self):
        return 'custom message'
def run():
    raise Sub('ignored')
try:
    raise AppError()
except AppError as e:
    print('caught', repr(e))
run()

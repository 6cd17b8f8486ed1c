import datetime
datetime.datetime.strptime('2020-13-01', '%Y-%m-%d')

import datetime as dtm
from datetime import date, time, datetime, timedelta, timezone, tzinfo
def t(f, *a, **k):
    try:
        r = f(*a, **k); print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(date, 2023, 2, 29); t(date, 0, 1, 1); t(date, 2023, 13, 1); t(date, 2023, 1, 0); t(date, '2020', 1, 1); t(date, 2020.0, 1, 1)
t(time, 24); t(time, 1, 60); t(time, 1, 1, 60); t(time, 1, 1, 1, 10**6); t(time, fold=2); t(datetime, 2020, 1, 1, 25)
t(timedelta, days=10**9); t(timedelta, 1e10); t(lambda: timedelta.max + timedelta(1)); t(lambda: date.max + timedelta(1)); t(lambda: date.min - timedelta(1))
t(lambda: datetime(2020, 1, 1) - datetime(2020, 1, 1, tzinfo=timezone.utc)); t(lambda: datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=timezone.utc))
t(lambda: datetime(2020, 1, 1) == datetime(2020, 1, 1, tzinfo=timezone.utc)); t(lambda: date(2020, 1, 1) < datetime(2020, 1, 1)); t(lambda: date(2020,1,1) == datetime(2020,1,1))
t(lambda: date(2020, 1, 1) + 1); t(lambda: timedelta(1) * 'x'); t(lambda: timedelta(1) / 0); t(lambda: timedelta(1) // 0); t(lambda: timedelta(1) % timedelta(0))
t(timezone, timedelta(hours=24)); t(timezone, 5); t(timezone, timedelta(hours=1), 5); t(timezone, timedelta(microseconds=1))
t(date.fromisoformat, '2020-13-01'); t(date.fromisoformat, 'x'); t(date.fromisoformat, 5); t(datetime.fromisoformat, '2020-01-01T25:00'); t(time.fromisoformat, '25:00')
t(date.fromordinal, 0); t(date.fromtimestamp, 1e20); t(datetime.fromtimestamp, 'x'); t(date.fromisocalendar, 2020, 54, 1); t(date.fromisocalendar, 2020, 1, 8)
print(repr(date(2020, 1, 1)), repr(time(1, 2, 3, 4, tzinfo=timezone.utc, fold=1)), repr(datetime(2020, 1, 1, 0, 0, 0, 0, fold=1)), repr(timedelta(1, 2, 3)), repr(timedelta(0)), repr(timezone.utc), repr(timezone(timedelta(hours=-5), 'EST')))
print(str(timezone(timedelta(hours=-5, minutes=-30))), timezone.utc.tzname(None), timezone(timedelta(0)).tzname(None), repr(date(2020,1,1).isocalendar()), date(2020,1,1).isocalendar())
print(date.resolution, time.min, time.max, datetime.max, repr(timedelta.resolution), timedelta.min, timedelta(microseconds=-1))
print(hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)), date(2020,1,1).__reduce__(), datetime(2020,1,1).__reduce__() if False else '', timedelta(1).__reduce__())
t(lambda: date(2020, 1, 1).replace(month=13)); t(lambda: datetime.now().replace(tzinfo=5)); t(datetime.combine, 1, 2); t(lambda: date(2020,1,1).strftime(5))
t(lambda: datetime(2020, 1, 1).astimezone(5)); t(lambda: time(1) < 5); t(lambda: time(1) == 5); t(lambda: timedelta(1) < 5)
class MyTZ(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=25)
t(lambda: datetime(2020, 1, 1, tzinfo=MyTZ()).utcoffset())
class MyTZ2(tzinfo):
    def utcoffset(self, dt): return 5
t(lambda: datetime(2020, 1, 1, tzinfo=MyTZ2()).utcoffset())
t(tzinfo().utcoffset, None); t(tzinfo().tzname, None); t(tzinfo().dst, None)
print(type(date.today()).__module__, date.__module__, timedelta.__module__, date.__name__, date.__qualname__, date.fromisoformat.__doc__ is not None)
t(date.strptime if hasattr(date, 'strptime') else None); t(datetime.strptime, '2020', '%Y %m'); t(datetime.strptime, 'x', '%Y')
print(timedelta(seconds=1.5e-6), timedelta(microseconds=0.5), timedelta(microseconds=1.5), timedelta(days=1.5, seconds=0.25), timedelta(hours=-1.5), -timedelta(days=1, microseconds=1))
print(datetime(2020, 1, 1, 12).timestamp() - datetime(2020, 1, 1).timestamp(), datetime(2020, 5, 5, tzinfo=timezone.utc).timetuple(), date(2020, 2, 2).ctime())
print(date(2020, 1, 1) - date(2019, 1, 1), datetime(2020, 3, 1) - timedelta(seconds=1), datetime(2020, 1, 1) + timedelta(microseconds=999999.5))
print(format(datetime(2020, 1, 2, 3, 4, 5), ''), format(date(2020, 1, 2), ''), f'{time(3, 4):%H-%M}', datetime(2020,1,1).isoformat(timespec='auto'))
t(datetime(2020,1,1).isoformat, timespec='bogus'); t(time(1).isoformat, 'x')
t(lambda: date(2020, 1, 1) - 1); t(lambda: 1 - date(2020,1,1)); t(lambda: datetime(2020,1,1) + datetime(2020,1,1))

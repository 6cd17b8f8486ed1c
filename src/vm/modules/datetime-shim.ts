// Python source run in the namespace of the pure-Python datetime classes (CPython's
// Lib/datetime.py executed as `_datetime`), so that they behave as the C module does where a
// program can see it: the C messages of errors, C argument checks, and the C repr of
// IsoCalendarDate. `_pyc_tpname(obj)` (a native helper) is the tp_name of obj's type.

export const DATETIME_SHIM = String.raw`
def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'year {year} is out of range')
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day

def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold

def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type '{_pyc_tpname(tz)}'")

def _check_utc_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError(f"tzinfo.{name}() must return None or timedelta, not '{_pyc_tpname(offset)}'")
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).')

def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError(f"tzinfo.tzname() must return None or a string, not '{_pyc_tpname(name)}'")

def _cmperror(x, y):
    raise TypeError(f"can't compare {_pyc_tpname(x)} to {_pyc_tpname(y)}")

_pyc_isoweek_to_gregorian = _isoweek_to_gregorian
def _isoweek_to_gregorian(year, week, day):
    if not 0 < day < 8:
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError(f"Year is out of range: {year}")
        if not 0 < week < 53:
            out_of_range = True
            if week == 53:
                first_weekday = _ymd2ord(year, 1, 1) % 7
                if (first_weekday == 4 or (first_weekday == 3 and _is_leap(year))):
                    out_of_range = False
            if out_of_range:
                raise ValueError(f"Invalid week: {week}")
        raise ValueError(f"Invalid day: {day} (range is [1, 7])")
    return _pyc_isoweek_to_gregorian(year, week, day)

def _pyc_translate(cls, name, errtype, table):
    orig = cls.__dict__[name]
    raw = orig.__func__ if isinstance(orig, (classmethod, staticmethod)) else orig
    def wrapper(*args, **kwargs):
        try:
            return raw(*args, **kwargs)
        except errtype as e:
            msg = table(e, args) if callable(table) else table.get(str(e))
            if msg is None:
                raise
            raise errtype(msg) from None
    wrapper.__name__ = raw.__name__
    wrapper.__qualname__ = raw.__qualname__
    wrapper.__doc__ = raw.__doc__
    if isinstance(orig, classmethod):
        wrapper = classmethod(wrapper)
    elif isinstance(orig, staticmethod):
        wrapper = staticmethod(wrapper)
    setattr(cls, name, wrapper)
    return wrapper

def _pyc_days_message(e, args):
    s = str(e)
    if not s.startswith('timedelta # of days is too large: '):
        return None
    d = int(s.rsplit(' ', 1)[1])
    if abs(d) > 2147483647:
        return 'Python int too large to convert to C int'
    return f'days={d}; must have magnitude <= 999999999'

_pyc_translate(timedelta, '__new__', OverflowError, _pyc_days_message)

for _c in (date, datetime):
    _w = _pyc_translate(_c, '__add__', OverflowError, {'result out of range': 'date value out of range'})
    _c.__radd__ = _w
del _c, _w

_pyc_translate(datetime, '_cmp', TypeError, {'cannot compare naive and aware datetimes': "can't compare offset-naive and offset-aware datetimes"})
_pyc_translate(time, '_cmp', TypeError, {'cannot compare naive and aware times': "can't compare offset-naive and offset-aware times"})
_pyc_translate(datetime, '__sub__', TypeError, {'cannot mix naive and timezone-aware time': "can't subtract offset-naive and offset-aware datetimes"})

_pyc_fromordinal = date.__dict__['fromordinal'].__func__
def fromordinal(cls, n):
    n = _index(n)
    if n < 1:
        raise ValueError('ordinal must be >= 1')
    return _pyc_fromordinal(cls, n)
fromordinal.__doc__ = _pyc_fromordinal.__doc__
date.fromordinal = classmethod(fromordinal)
del fromordinal

def fromisoformat(cls, date_string):
    if not isinstance(date_string, str):
        raise TypeError(f'fromisoformat: argument must be str')
    try:
        if len(date_string) not in (7, 8, 10):
            raise ValueError
        parts = _parse_isoformat_date(date_string)
    except Exception:
        raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
    return cls(*parts)
fromisoformat.__doc__ = date.fromisoformat.__doc__
date.fromisoformat = classmethod(fromisoformat)

def fromisoformat(cls, time_string):
    if not isinstance(time_string, str):
        raise TypeError('fromisoformat: argument must be str')
    tstr = time_string.removeprefix('T')
    try:
        parts = _parse_isoformat_time(tstr)
    except Exception:
        raise ValueError(f'Invalid isoformat string: {time_string!r}') from None
    return cls(*parts)
fromisoformat.__doc__ = time.fromisoformat.__doc__
time.fromisoformat = classmethod(fromisoformat)

def fromisoformat(cls, date_string):
    if not isinstance(date_string, str):
        raise TypeError('fromisoformat: argument must be str')
    try:
        if len(date_string) < 7:
            raise ValueError
        separator_location = _find_isoformat_datetime_separator(date_string)
        dstr = date_string[0:separator_location]
        tstr = date_string[(separator_location+1):]
        date_components = _parse_isoformat_date(dstr)
        time_components = _parse_isoformat_time(tstr) if tstr else [0, 0, 0, 0, None]
    except Exception:
        raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
    return cls(*(date_components + time_components))
fromisoformat.__doc__ = datetime.fromisoformat.__doc__
datetime.fromisoformat = classmethod(fromisoformat)
del fromisoformat

def _pyc_strftime(cls):
    orig = cls.strftime
    def strftime(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'strftime() argument 1 must be str, not {_pyc_tpname(fmt)}')
        return orig(self, fmt)
    strftime.__doc__ = orig.__doc__
    cls.strftime = strftime
    origf = cls.__format__
    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'__format__() argument 1 must be str, not {_pyc_tpname(fmt)}')
        return origf(self, fmt)
    cls.__format__ = __format__
for _c in (date, time, datetime):
    _pyc_strftime(_c)
del _c

_pyc_combine = datetime.__dict__['combine'].__func__
def combine(cls, date, time, tzinfo=True):
    if not isinstance(date, _date_class):
        raise TypeError(f'combine() argument 1 must be datetime.date, not {_pyc_tpname(date)}')
    if not isinstance(time, _time_class):
        raise TypeError(f'combine() argument 2 must be datetime.time, not {_pyc_tpname(time)}')
    return _pyc_combine(cls, date, time, tzinfo)
combine.__doc__ = _pyc_combine.__doc__
datetime.combine = classmethod(combine)
del combine

_pyc_astimezone = datetime.astimezone
def astimezone(self, tz=None):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type '{_pyc_tpname(tz)}'")
    return _pyc_astimezone(self, tz)
astimezone.__doc__ = _pyc_astimezone.__doc__
datetime.astimezone = astimezone
del astimezone

def _pyc_abstract(name):
    def method(self, dt):
        raise NotImplementedError(f'a tzinfo subclass must implement {name}()')
    method.__name__ = method.__qualname__ = name
    method.__doc__ = tzinfo.__dict__[name].__doc__
    method.__qualname__ = 'tzinfo.' + name
    setattr(tzinfo, name, method)
for _n in ('tzname', 'utcoffset', 'dst'):
    _pyc_abstract(_n)
del _n

_pyc_fromutc = tzinfo.fromutc
def fromutc(self, dt):
    if not isinstance(dt, datetime):
        raise TypeError('fromutc: argument must be a datetime')
    if dt.tzinfo is not self:
        raise ValueError('fromutc: dt.tzinfo is not self')
    return _pyc_fromutc(self, dt)
fromutc.__doc__ = _pyc_fromutc.__doc__
tzinfo.fromutc = fromutc
del fromutc

_pyc_tz_new = timezone.__new__
def __new__(cls, offset, name=timezone._Omitted):
    if not isinstance(offset, timedelta):
        raise TypeError(f'timezone() argument 1 must be datetime.timedelta, not {_pyc_tpname(offset)}')
    if name is not timezone._Omitted and not isinstance(name, str):
        raise TypeError(f'timezone() argument 2 must be str, not {_pyc_tpname(name)}')
    if not timezone._minoffset <= offset <= timezone._maxoffset:
        raise ValueError(f'offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not {offset!r}.')
    return _pyc_tz_new(cls, offset, name)
timezone.__new__ = __new__
del __new__

def _pyc_tzarg(cls, name):
    orig = cls.__dict__[name]
    def method(self, dt):
        if not isinstance(dt, datetime) and dt is not None:
            raise TypeError(f'{name}(dt) argument must be a datetime instance or None, not {_pyc_tpname(dt)}')
        return orig(self, dt)
    method.__name__ = name
    method.__qualname__ = 'timezone.' + name
    method.__doc__ = orig.__doc__
    setattr(cls, name, method)
for _n in ('utcoffset', 'tzname', 'dst'):
    _pyc_tzarg(timezone, _n)
del _n

_pyc_tz_fromutc = timezone.fromutc
def fromutc(self, dt):
    if not isinstance(dt, datetime):
        raise TypeError('fromutc: argument must be a datetime')
    if dt.tzinfo is not self:
        raise ValueError('fromutc: dt.tzinfo is not self')
    return _pyc_tz_fromutc(self, dt)
fromutc.__doc__ = _pyc_tz_fromutc.__doc__
timezone.fromutc = fromutc
del fromutc

_pyc_dt_fromts = datetime.__dict__['_fromtimestamp'].__func__
def _fromtimestamp(cls, t, utc, tz):
    if not isinstance(t, float):
        t = _index(t)
    return _pyc_dt_fromts(cls, t, utc, tz)
datetime._fromtimestamp = classmethod(_fromtimestamp)
del _fromtimestamp

def __repr__(self):
    return f'datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})'
_IsoCalendarDate.__repr__ = __repr__
del __repr__
`;

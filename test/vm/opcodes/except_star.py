# CHECK_EG_MATCH, PREP_RERAISE_STAR (and the RERAISE / POP_EXCEPT of except* blocks)
from _runner import run, show


def eg_summary(e):
    if isinstance(e, BaseExceptionGroup):
        return f'{type(e).__name__}({e.message!r}, [{", ".join(eg_summary(x) for x in e.exceptions)}])'
    return f'{type(e).__name__}({e})'


def t_except_star_split():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print('caught', eg_summary(e))
    except* TypeError as e:
        print('caught', eg_summary(e))


def t_except_star_naked():
    # a bare exception is wrapped into an ExceptionGroup('', [exc])
    try:
        raise KeyError('naked')
    except* KeyError as e:
        print(eg_summary(e))
    try:
        raise KeyboardInterrupt('naked base')
    except* KeyboardInterrupt as e:
        print(eg_summary(e))
    try:
        try:
            raise KeyError('naked, unmatched')
        except* ValueError:
            pass
    except KeyError as e:
        print('naked exception re-raised as itself:', repr(e))


def t_except_star_unhandled_rest():
    def f():
        try:
            raise ExceptionGroup('eg', [ValueError('v'), OSError('o'), KeyError('k')])
        except* ValueError:
            print('handled ValueError')
    try:
        f()
    except ExceptionGroup as e:
        print('rest', eg_summary(e))


def t_except_star_raise_in_handler():
    def f():
        try:
            raise ExceptionGroup('eg', [ValueError('v'), TypeError('t')])
        except* ValueError:
            raise KeyError('new in handler')
        except* TypeError as e:
            raise
    try:
        f()
    except BaseExceptionGroup as e:
        print(eg_summary(e))
        print([repr(x.__context__) for x in e.exceptions if isinstance(x, KeyError)])


def t_except_star_nested_groups():
    try:
        raise ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [ValueError(2), TypeError(3)])])
    except* ValueError as e:
        print(eg_summary(e))
    except* TypeError as e:
        print(eg_summary(e))


def t_except_star_tuple_and_no_match():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* (ValueError, TypeError) as e:
        print(eg_summary(e))
    def g():
        try:
            raise ExceptionGroup('eg', [OSError(1)])
        except* ValueError:
            print('never')
    try:
        g()
    except ExceptionGroup as e:
        print('unmatched', eg_summary(e))


def t_except_star_raise_base_exception():
    def f():
        try:
            raise ExceptionGroup('eg', [ValueError('v'), TypeError('t')])
        except* ValueError:
            raise KeyboardInterrupt('base')
    try:
        f()
    except BaseException as e:
        print(eg_summary(e))


def t_check_eg_match_errors():
    def bad_type():
        try:
            raise ExceptionGroup('eg', [ValueError(1)])
        except* 5:
            pass
    def bad_group():
        try:
            raise ExceptionGroup('eg', [ValueError(1)])
        except* ExceptionGroup:
            pass
    def bad_tuple():
        try:
            raise ExceptionGroup('eg', [ValueError(1)])
        except* (ValueError, BaseExceptionGroup):
            pass
    for f in (bad_type, bad_group, bad_tuple):
        show(f)


def t_except_star_base_exceptions():
    try:
        raise BaseExceptionGroup('beg', [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        print(eg_summary(e))
    except* ValueError as e:
        print(eg_summary(e))


def t_except_star_else_finally():
    for exc in (None, ExceptionGroup('eg', [ValueError(1)])):
        try:
            if exc:
                raise exc
        except* ValueError:
            print('handler')
        else:
            print('else')
        finally:
            print('finally')


def t_exception_group_api():
    eg = ExceptionGroup('msg', [ValueError(1), TypeError(2), ValueError(3)])
    m, r = eg.split(ValueError)
    print(eg_summary(m), eg_summary(r))
    print(eg_summary(eg.subgroup(lambda e: isinstance(e, TypeError))))
    show(ExceptionGroup, 'x', [])
    show(ExceptionGroup, 'x', [KeyboardInterrupt()])
    show(ExceptionGroup, 5, [ValueError()])
    print(type(BaseExceptionGroup('b', [ValueError()])).__name__, str(eg))


run(globals())

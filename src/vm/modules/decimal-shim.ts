// Python source run in the namespace of CPython's Lib/_pydecimal.py (executed as `_decimal`), so
// that its classes behave as the C module's do where a program can see it: signals raised with
// the list of conditions as their argument, flags and traps as bools in the C order, Context's
// repr and attribute checks, and the C messages of conversions. `_pyc_tpname(obj)` (a native
// helper) is the tp_name of obj's type.

export const DECIMAL_SHIM = String.raw`
_signals = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped]

# the bit of each signal in libmpdec's status word (repr order); InvalidOperation's depends on
# the condition that raised it
_pyc_bits = {Clamped: 0, DivisionByZero: 2, Inexact: 6, FloatOperation: 10, Overflow: 11, Rounded: 12, Subnormal: 13, Underflow: 14}
_pyc_ibits = {ConversionSyntax: 1, DivisionImpossible: 3, DivisionUndefined: 4, InvalidContext: 7, InvalidOperation: 8}

def _pyc_reorder(d, default):
    vals = {k: bool(v) for k, v in d.items()}
    d.clear()
    for s in _signals:
        d[s] = vals.get(s, default)

for _ctx in (DefaultContext, BasicContext, ExtendedContext):
    _pyc_reorder(_ctx.flags, False)
    _pyc_reorder(_ctx.traps, False)
del _ctx

_pyc_ctx_init = Context.__init__
def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None, traps=None, _ignored_flags=None):
    if flags is not None and not isinstance(flags, (dict, list)):
        raise TypeError('argument must be a signal dict')
    if traps is not None and not isinstance(traps, (dict, list)):
        raise TypeError('argument must be a signal dict')
    if isinstance(flags, dict) and (len(flags) != len(_signals) or any(k not in flags for k in _signals)):
        raise KeyError('invalid signal dict')
    if isinstance(traps, dict) and (len(traps) != len(_signals) or any(k not in traps for k in _signals)):
        raise KeyError('invalid signal dict')
    _pyc_ctx_init(self, prec, rounding, Emin, Emax, capitals, clamp, flags, traps, _ignored_flags)
    if not isinstance(flags, dict):
        _pyc_reorder(self.flags, False)
    if not isinstance(traps, dict):
        _pyc_reorder(self.traps, False)
Context.__init__ = __init__
del __init__

_pyc_rounding_error = ('valid values for rounding are:\n'
                       '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                       '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                       '   ROUND_05UP]')

def __setattr__(self, name, value):
    if name in ('prec', 'Emin', 'Emax', 'capitals', 'clamp'):
        if not isinstance(value, int):
            raise TypeError('an integer is required')
        if not -2**63 <= value < 2**63:
            raise OverflowError('Python int too large to convert to C ssize_t')
        if name == 'prec' and not 1 <= value <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        if name == 'Emin' and not MIN_EMIN <= value <= 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        if name == 'Emax' and not 0 <= value <= MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        if name in ('capitals', 'clamp') and value not in (0, 1):
            raise ValueError(f'valid values for {name} are 0 or 1')
        return object.__setattr__(self, name, value)
    if name == 'rounding':
        if value not in _rounding_modes:
            raise TypeError(_pyc_rounding_error)
        return object.__setattr__(self, name, value)
    if name in ('flags', 'traps'):
        if not isinstance(value, dict):
            raise TypeError('argument must be a signal dict')
        if len(value) != len(_signals) or any(k not in value for k in _signals):
            raise KeyError('invalid signal dict')
        return object.__setattr__(self, name, value)
    if name in ('_ignored_flags', '_pyc_ibit'):
        return object.__setattr__(self, name, value)
    raise AttributeError(f"'decimal.Context' object has no attribute '{name}'")
Context.__setattr__ = __setattr__
del __setattr__

def _raise_error(self, condition, explanation=None, *args):
    error = _condition_map.get(condition, condition)
    if error in self._ignored_flags:
        return error().handle(self, *args)
    self.flags[error] = True
    if error is InvalidOperation:
        bit = _pyc_ibits.get(condition, 8)
        if bit < getattr(self, '_pyc_ibit', 99):
            self._pyc_ibit = bit
    if not self.traps[error]:
        return condition().handle(self, *args)
    # libmpdec sets every flag of the operation before the trap fires
    for implied in _pyc_implied.get(error, ()):
        self.flags[implied] = True
    raise error([condition])
_pyc_implied = {Overflow: (Inexact, Rounded), Underflow: (Inexact, Rounded, Subnormal), Inexact: (Rounded,)}
Context._raise_error = _raise_error
del _raise_error

def clear_flags(self):
    for flag in self.flags:
        self.flags[flag] = False
    self._pyc_ibit = 99
Context.clear_flags = clear_flags
def clear_traps(self):
    for flag in self.traps:
        self.traps[flag] = False
Context.clear_traps = clear_traps
del clear_flags, clear_traps

def _pyc_signal_names(d, ibit):
    names = []
    for s, v in d.items():
        if v:
            names.append((ibit if s is InvalidOperation else _pyc_bits[s], s.__name__))
    names.sort()
    return ', '.join(n for _, n in names)

def __repr__(self):
    return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])'
            % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
               _pyc_signal_names(self.flags, getattr(self, '_pyc_ibit', 1)), _pyc_signal_names(self.traps, 1)))
Context.__repr__ = __repr__
del __repr__

def _convert_other(other, raiseit=False, allow_float=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if allow_float and isinstance(other, float):
        return Decimal.from_float(other)
    if raiseit:
        raise TypeError(f'conversion from {_pyc_tpname(other)} to Decimal is not supported')
    return NotImplemented

_pyc_setcontext = setcontext
def setcontext(context):
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    _pyc_setcontext(context)

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
            raise type(e)(msg) from None
    wrapper.__name__ = raw.__name__
    wrapper.__qualname__ = raw.__qualname__
    wrapper.__doc__ = raw.__doc__
    if isinstance(orig, classmethod):
        wrapper = classmethod(wrapper)
    elif isinstance(orig, staticmethod):
        wrapper = staticmethod(wrapper)
    setattr(cls, name, wrapper)
    return wrapper

_pyc_int_msgs = {'Cannot convert NaN to integer': 'cannot convert NaN to integer',
                 'Cannot convert infinity to integer': 'cannot convert Infinity to integer'}
_pyc_translate(Decimal, '__int__', (ValueError, OverflowError), _pyc_int_msgs)
Decimal.__trunc__ = Decimal.__int__
_pyc_translate(Decimal, '__float__', ValueError, {'Cannot convert signaling NaN to float': 'cannot convert signaling NaN to float'})
_pyc_translate(Decimal, '__hash__', TypeError, {'Cannot hash a signaling NaN value.': 'Cannot hash a signaling NaN value'})

_pyc_round = Decimal.__round__
def __round__(self, *args):
    if len(args) > 1:
        raise TypeError(f'function takes at most 1 argument ({len(args)} given)')
    if args:
        if not isinstance(args[0], int):
            raise TypeError('optional arg must be an integer')
        return _pyc_round(self, args[0])
    if self._is_special:
        if self.is_nan():
            raise ValueError('cannot convert NaN to integer')
        raise OverflowError('cannot convert Infinity to integer')
    return _pyc_round(self)
__round__.__doc__ = _pyc_round.__doc__
Decimal.__round__ = __round__
del __round__

def _pyc_new_message(e, args):
    s = str(e)
    if s.startswith('Invalid tuple size'):
        return 'argument must be a sequence of length 3'
    if s.startswith('The third value in the tuple'):
        return "string argument in the third position must be 'F', 'n' or 'N'"
    if s.startswith('Invalid sign.'):
        return 'sign must be an integer with the value 0 or 1'
    if s.startswith('The second value in the tuple'):
        return 'coefficient must be a tuple of digits'
    if s.startswith('Cannot convert ') and s.endswith(' to Decimal') and len(args) > 1:
        return f'conversion from {_pyc_tpname(args[1])} to Decimal is not supported'
    return None
_pyc_translate(Decimal, '__new__', (ValueError, TypeError), _pyc_new_message)

_pyc_translate(Decimal, '__format__', ValueError, lambda e, a: 'invalid format string' if str(e).startswith('Invalid format specifier') else None)

def _pyc_check_rounding(cls, name):
    orig = cls.__dict__[name]
    code = orig.__code__
    pos = code.co_varnames[:code.co_argcount].index('rounding')
    def method(*args, **kwargs):
        r = kwargs.get('rounding', args[pos] if len(args) > pos else None)
        if r is not None and r not in _rounding_modes:
            raise TypeError(_pyc_rounding_error)
        return orig(*args, **kwargs)
    method.__name__ = orig.__name__
    method.__qualname__ = orig.__qualname__
    method.__doc__ = orig.__doc__
    setattr(cls, name, method)
    return method
for _n in ('quantize', 'to_integral_exact', 'to_integral_value'):
    _pyc_check_rounding(Decimal, _n)
Decimal.to_integral = Decimal.to_integral_value
del _n

_pyc_divmod = Decimal.__divmod__
def __divmod__(self, other, context=None):
    o = _convert_other(other)
    if o is NotImplemented:
        return o
    if context is None:
        context = getcontext()
    if not self._is_special and not o._is_special and not o and self:
        trapped = [c for c in (InvalidOperation, DivisionByZero) if context.traps[c]]
        if trapped and DivisionByZero not in context._ignored_flags:
            context.flags[InvalidOperation] = True
            context.flags[DivisionByZero] = True
            if 8 < getattr(context, '_pyc_ibit', 99):
                context._pyc_ibit = 8
            raise trapped[0](trapped)
    return _pyc_divmod(self, o, context)
__divmod__.__doc__ = _pyc_divmod.__doc__
Decimal.__divmod__ = __divmod__
del __divmod__

__libmpdec_version__ = '2.5.1'
`;

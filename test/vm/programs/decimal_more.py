from decimal import *
import decimal
getcontext().prec = 30
print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal(10).ln(), Decimal(2).exp(), Decimal('1.5') ** 10, Decimal(3) ** Decimal('0.5'))
print(getcontext())
x = Decimal('123.456')
print(x.quantize(Decimal('0.1'), rounding=ROUND_DOWN), x.quantize(Decimal('1E+1')), x.to_integral_exact(), x.normalize(), x.as_tuple(), x.adjusted(), x.logb(), x.log10())
print(Decimal('1E+3').to_eng_string(), Decimal('0.00001234').to_eng_string(), Decimal('-0.000').normalize(), Decimal('1.23E-10'), Decimal('123E+5'))
print(sum(Decimal('0.1') for _ in range(10)) == Decimal(1), Decimal('1.10') == Decimal('1.1'), hash(Decimal('1.5')) == hash(1.5), Decimal('0.5') < 1, max(Decimal(2), 3))
with localcontext() as ctx:
    ctx.prec = 3
    ctx.rounding = ROUND_HALF_UP
    print(Decimal('2.675') + 0, Decimal(1) / 3, ctx)
print(getcontext().prec, Decimal('7.5') // 2, Decimal('-7.5') % 2, Decimal(-7).remainder_near(2), Decimal(7).copy_sign(Decimal(-1)))
ctx = Context(prec=6, rounding=ROUND_CEILING, traps=[])
print(ctx.divide(1, 0), ctx.sqrt(-1), ctx.flags[DivisionByZero], ctx.flags[InvalidOperation], ctx)
ctx.clear_flags(); print(ctx)
print(f'{Decimal("1234567.891"):,.2f}', f'{Decimal("0.000123"):e}', f'{Decimal("42"):08.3f}', f'{Decimal("-1.5"):+}', format(Decimal('1e-10'), 'f'))
print(Decimal.from_float(0.1), Decimal(0.1).quantize(Decimal('1e-20')), Decimal('3.14').compare_total(Decimal('3.140')), Decimal(5).is_signed(), Decimal('-0').is_zero())
print(repr(Decimal('1.5').__reduce__()), type(Decimal(1)), Decimal.__mro__, issubclass(DivisionByZero, ZeroDivisionError))
try:
    Decimal(1) / 0
except DivisionByZero as e:
    print('caught', repr(e), e.args)
import pickle, copy
print(pickle.loads(pickle.dumps(Decimal('1.23'))), copy.deepcopy(Decimal('9.99')), copy.copy(getcontext()).prec)

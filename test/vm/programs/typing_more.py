from typing import List, Dict, Optional, Union, Tuple, Callable, TypeVar, Generic, Any, NamedTuple, TypedDict, Protocol, Literal, cast, overload, get_type_hints, Iterable, Iterator, runtime_checkable, Final, Annotated, get_origin, get_args
import typing
T = TypeVar('T')
K = TypeVar('K', bound=str)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int](); s.push(1); print(s.pop(), Stack[int], Stack.__parameters__)
print(List[int], Dict[str, int], Optional[int], Union[int, str], Tuple[int, ...], Callable[[int], str], Literal['a', 'b'])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Optional[int]), Union[int, int], Union[int, None] == Optional[int])
class Emp(NamedTuple):
    name: str
    id: int = 3
print(Emp('x'), Emp._fields, Emp.__annotations__)
class Movie(TypedDict, total=False):
    name: str
    year: int
m: Movie = {'name': 'x'}; print(m, Movie.__required_keys__, Movie.__optional_keys__)
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer))
def f(x: int, y: 'str' = 'a') -> Optional[int]: return None
print(get_type_hints(f), f.__annotations__)
print(cast(int, 'x'), typing.TYPE_CHECKING, Any, Final[int], Annotated[int, 'meta'])
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(g(1))
print(list[int], dict[str, list[int]], int | str, (int | None) == Optional[int], isinstance(1, int | str))
print(typing.Iterable[int], typing.Sequence, repr(T), K.__bound__)
class Pair(Generic[T, K]): pass
print(Pair[int, str], Pair.__orig_bases__ if hasattr(Pair, '__orig_bases__') else '')
from typing import Self, LiteralString, Never, assert_never, reveal_type, TypeAlias, ParamSpec, Concatenate
P = ParamSpec('P')
print(P, P.args, Callable[P, int])
print(typing.get_type_hints(Emp))

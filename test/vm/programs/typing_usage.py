from typing import List, Dict, Optional, Union, Tuple, Callable, TypeVar, Generic, NamedTuple, Any, Iterator, Protocol, Literal, get_type_hints, TypedDict, cast, overload
import typing
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
print(Box(3).get(), Box[int], Box[int](5).item, Optional[int], Union[int, str], List[Dict[str, int]], Tuple[int, ...], Callable[[int], str])
class Point(NamedTuple):
    x: int
    y: int = 0
    def dist(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4); print(p, p.dist(), p._asdict(), p._replace(x=0), Point._fields, Point.__annotations__)
def f(a: int, b: "str" = "x") -> Optional[List[int]]:
    return None
print(f.__annotations__, get_type_hints(f))
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "x", "year": 1}
print(m, Movie.__annotations__, cast(int, "notint"), typing.get_origin(List[int]), typing.get_args(Dict[str, int]))
class Greeter(Protocol):
    def greet(self) -> str: ...
print(Literal["a", "b"], Any, typing.TYPE_CHECKING, int | None, list[int] == typing.List[int], typing.Union[int, None] == Optional[int])
def gen() -> Iterator[int]:
    yield 1
print(list(gen()), T, T.__name__, typing.AnyStr)
x: int = 5
print(__annotations__)

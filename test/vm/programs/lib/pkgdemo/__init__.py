from .core import greet, VERSION
from . import util
__all__ = ["greet", "VERSION", "util"]

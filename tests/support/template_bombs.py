"""The template time bombs of issue 22, each with the words its refusal gives: what the
render budget (packstation/core/render_budget.py) must stop, in the sandbox and at each door
a shop's text comes through."""

from __future__ import annotations

HANG = 5.0  # seconds: far past any budget (half a second), only to tell a stopped text from a hang

#: each bomb of the issue, and the words its refusal gives
BOMBS = {
    "nested loops over a million": (
        "{% for i in range(10**6) %}{% for j in range(10**6) %}x{% endfor %}{% endfor %}",
        "takes more than 0.5 s to write out: a loop runs 1,000,000 times (at most 10,000)",
    ),
    "loops within loops": (
        "{% for i in range(1000) %}{% for j in range(1000) %}{{ j }}{% endfor %}{% endfor %}",
        "(at most 10,000 in all)",
    ),
    "a centred gigabyte": ("{{ 'x'|center(10**9) }}", "center would make 1,000,000,000 characters"),
    "a gigabyte repeated": ("{{ ('x' * 10**9)|center }}", "too much for a text"),
    "a gigabyte joined": (
        "{{ range(100000)|join('x' * 10000) }}",
        "join would make 1,000,090,000 characters",
    ),
    "a power of powers": ("{{ 9 ** 64 ** 64 }}", "a power makes a number of more than 1,000 digits"),
    "nine to the nine, over and over": (
        "{{ 9 ** 9 ** 9 ** 9 ** 9 }}",
        "a power makes a number of more than 1,000 digits",
    ),
    "a doubling concatenation": (
        "{% set x = 'ab' %}" + "{% set x = x ~ x %}" * 40 + "{{ x }}",
        "~ would make 131,072 characters (at most 100,000)",
    ),
    "a macro calling itself twice": (
        "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}{{ f(60) }}",
        "this text takes more than 0.5 s to write out",
    ),
    "a padded format": ("{{ '%999999999d'|format(1) }}", "would make 1,000,000,010 characters"),
    "a buffer of megabytes": (
        "{% set x %}{% for i in range(5000) %}{{ 'x' * 9999 }}{% endfor %}{% endset %}",
        "writes out more than 100,000 characters",
    ),
}


def with_bomb(text: str, bomb: str) -> str:
    """`text` with one more block holding `bomb` (every block of a text is written out)."""
    return text + "{% block bomb %}" + bomb + "{% endblock %}\n"

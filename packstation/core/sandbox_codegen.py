"""How a shop's text is compiled so that its render keeps to its budget (core/render_budget.py):
Jinja2's own code generator, with every loop's iterable, everything written (to the output, a
`{% set %}` block or a macro's buffer), every `~` and every list, tuple or dict a text writes
down handed to the sandbox first (ShopSandbox: `looped`, `wrote_out`, `written`, `joined`,
`built`, `spread`). Nothing is folded at compile time either: a constant is checked like any value,
and a billion characters never land in the compiled code."""

from __future__ import annotations

from typing import Any

from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame

#: compiled texts kept in the cache folder are named with this, so none compiled before the
#: budget (without its counting), or by an earlier form of it, is ever loaded again
COMPILED_FORM = "budgeted-2"


class BudgetedCodeGenerator(CodeGenerator):
    def visit_Template(self, node: nodes.Template, frame: Frame | None = None) -> None:
        # the expressions handed to a sandbox method before they are used: a loop's iterable,
        # what `f(*values)` spreads (Jinja2 allows no node types of our own to mark them)
        self._hooks: dict[int, str] = {id(loop.iter): "looped" for loop in node.find_all(nodes.For)}
        for call in node.find_all((nodes.Call, nodes.Filter, nodes.Test)):
            spread = getattr(call, "dyn_args", None)
            if spread is not None:
                self._hooks[id(spread)] = "spread"
        super().visit_Template(node, frame)

    def visit(self, node: nodes.Node, *args: Any, **kwargs: Any) -> Any:
        hook = self._hooks.get(id(node)) if hasattr(self, "_hooks") else None
        if hook is None:
            return super().visit(node, *args, **kwargs)
        self.write(f"environment.{hook}(")
        super().visit(node, *args, **kwargs)
        self.write(")")
        return None

    # -- what is written ------------------------------------------------------------------------

    def start_write(self, frame: Frame, node: nodes.Node | None = None) -> None:
        super().start_write(frame, node)
        self.write("environment.written(")

    def end_write(self, frame: Frame) -> None:
        self.write(")")
        super().end_write(frame)

    def visit_Output(self, node: nodes.Output, frame: Frame) -> None:
        """All that one stretch of a text writes (its words and the `{{ }}` among them), as one
        piece counted once: `yield environment.wrote_out((words, str(value), words))`. Jinja2
        yields each part apart; counting each would cost a call for every part."""
        if frame.require_output_check:
            if self.has_known_extends:
                return
            self.writeline("if parent_template is None:")
            self.indent()
        finalize = self._make_finalize()
        if frame.buffer is None:
            self.writeline("yield environment.wrote_out((")
        else:
            self.writeline(f"{frame.buffer}.append(environment.wrote_out((")
        self.indent()
        for child in node.nodes:
            if isinstance(child, nodes.TemplateData) and not frame.eval_ctx.volatile:
                self.writeline(repr(child.as_const(frame.eval_ctx)) + ",")  # the words as typed
                continue
            self.newline(child)
            self._output_child_pre(child, frame, finalize)
            self.visit(child, frame)
            self._output_child_post(child, frame, finalize)
            self.write(",")
        self.outdent()
        self.writeline("))" if frame.buffer is None else ")))")
        if frame.require_output_check:
            self.outdent()

    # -- what is built ---------------------------------------------------------------------------

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.joined((")
        for part in node.nodes:
            self.visit(part, frame)
            self.write(", ")
        self.write("), context.eval_ctx.autoescape)")

    def visit_List(self, node: nodes.List, frame: Frame) -> None:
        self.write("environment.built(")
        super().visit_List(node, frame)
        self.write(")")

    def visit_Dict(self, node: nodes.Dict, frame: Frame) -> None:
        self.write("environment.built(")
        super().visit_Dict(node, frame)
        self.write(")")

    def visit_Tuple(self, node: nodes.Tuple, frame: Frame) -> None:
        if node.ctx != "load":  # the names a loop or a `set` assigns to
            super().visit_Tuple(node, frame)
            return
        self.write("environment.built(")
        super().visit_Tuple(node, frame)
        self.write(")")

"""jinja's attribute access (``{{ i.view.number }}``) without a Python call per dot (issue 14).

jinja compiles ``a.b`` to ``environment.getattr(a, "b")``: a Python method that tries ``getattr(a, "b")``
and, on AttributeError, ``a["b"]``, else an undefined value. A list of invoices reads a dozen
attributes per line, so a chat reply with a page of invoices made some 65 such calls. This code
generator writes the common case inline, as the builtin ``getattr`` with a default (a C call, which
catches exactly the AttributeError jinja's method catches), and falls back to jinja's method only
when the attribute is absent, so item access, undefined values and their errors are jinja's own::

    (t_2 if (t_2 := getattr((t_1 := <a>), "b", missing)) is not missing else environment.getattr(t_1, "b"))

``<a>`` is evaluated once (bound to ``t_1``). Used by the texts' environment
(:class:`templates.Texts`); tests/unit/test_fast_getattr.py holds its renders, and its errors, to
jinja's own code generator.
"""

from __future__ import annotations

from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame, optimizeconst


class FastGetattrCodeGenerator(CodeGenerator):
    @optimizeconst
    def visit_Getattr(self, node: nodes.Getattr, frame: Frame) -> None:
        if self.environment.is_async or self.environment.sandboxed:  # their getattr does more: leave it
            super().visit_Getattr(node, frame)
            return
        obj, value = self.temporary_identifier(), self.temporary_identifier()
        self.write(f"({value} if ({value} := getattr(({obj} := ")
        self.visit(node.node, frame)
        self.write(f"), {node.attr!r}, missing)) is not missing else environment.getattr({obj}, {node.attr!r}))")

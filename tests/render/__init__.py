"""Tests of explorer.render (a package, so its conftest does not shadow the module name `conftest`)."""

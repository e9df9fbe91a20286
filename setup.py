"""Package discovery for setuptools; everything else about the package is in pyproject.toml.

Every package under tool/ is found, so a new subpackage can never be left out of the wheel. The
schemas (schema/) and the site templates (site_templates/) live at the top of the repository and
ship inside ropa as ropa.schemas and ropa.site_templates (package-dir in pyproject.toml); the
template folders are declared too, as setuptools wants for folders that Python could import.
"""

from setuptools import find_namespace_packages, setup


def _folders(where: str, package: str) -> list[str]:
    return [
        package,
        *(
            f"{package}.{name}"
            for name in find_namespace_packages(where)
            if all(part.isidentifier() for part in name.split("."))
        ),
    ]


setup(
    packages=[
        *find_namespace_packages("tool", include=["ropa", "ropa.*"], exclude=["*.__pycache__"]),
        "ropa.schemas",
        *_folders("site_templates", "ropa.site_templates"),
    ]
)

"""Consult Desktop: plan an intergovernmental consultation meeting offline."""

__version__ = "0.1.0"
APP_NAME = "Consult Desktop"
PLAN_SUFFIX = ".consult"

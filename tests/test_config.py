"""The shipped server configuration is the hardened classroom one."""

import tomllib

from tests.conftest import ROOT


def test_config_is_hardened():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["browser"]["gatherUsageStats"] is False
    assert config["server"]["enableXsrfProtection"] is True
    assert config["client"]["showErrorDetails"] == "none"  # no tracebacks or paths for students
    assert config["client"]["toolbarMode"] == "viewer"
    assert 0 < config["server"]["maxUploadSize"] <= 25
    assert 0 < config["server"]["maxMessageSize"] <= 100
    assert config["server"]["fileWatcherType"] == "none" and config["server"]["runOnSave"] is False
    assert "enableCORS" not in config["server"] or config["server"]["enableCORS"] is True


def test_dockerfile_checks_health_and_nginx_template_is_sticky():
    docker = (ROOT / "Dockerfile").read_text()
    assert "/_stcore/health" in docker and "HEALTHCHECK" in docker
    nginx = (ROOT / "deploy" / "nginx.conf.template").read_text()
    assert "hash $cookie__streamlit_xsrf consistent" in nginx and "Upgrade" in nginx


def test_no_full_garbage_collection_after_every_rerun():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["runner"]["postScriptGC"] is False

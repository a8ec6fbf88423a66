# Build targets for packaging (the two everyday commands are ./dev run and ./dev test).
VENV ?= .venv
PY := $(VENV)/bin/python
MAIN_EXE ?= mediadesk

.PHONY: venv bundle msi policy icon clean

venv:
	./dev venv

build/mediadesk.ico: src/mediadesk/ui/theme.py
	$(PY) packaging/make_icon.py $@

icon: build/mediadesk.ico

policy:
	$(PY) packaging/policy/generate.py

bundle: venv icon
	$(PY) -m pip install -q -e ".[bundle]"
	$(VENV)/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
		packaging/mediadesk.spec

msi: bundle
	version=$$($(PY) -c "import mediadesk; print(mediadesk.__version__)") && \
	packaging/windows/build.sh "$$version" dist/mediadesk "dist/MediaDesk-$$version.msi" \
		$(MAIN_EXE) build/mediadesk.ico

clean:
	rm -rf build dist

from consult_desktop.app import main

raise SystemExit(main())

// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "application.h"

int main(int argc, char *argv[])
{
    tessera::Application app(argc, argv);
    return app.exec();
}

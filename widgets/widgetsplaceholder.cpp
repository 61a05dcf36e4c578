// SPDX-License-Identifier: MIT
// Keeps the static library non-empty until its first widget lands; delete when adding one.
namespace Protostar { [[maybe_unused]] static const int kWidgetsPlaceholder = 0; }
